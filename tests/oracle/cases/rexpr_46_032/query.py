from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, i INT, dt DATE, j INT, ts TIMESTAMP, s STRING, f FLOAT, n DECIMAL(5,3), m DECIMAL(18,6), k BIGINT").load(INPUT)
result = df.selectExpr("id", "instr(CASE WHEN (dt < to_date('2025-03-01')) THEN substring(s, 2, 0) WHEN (n >= 1.25) THEN s ELSE s END, ' ') AS c1", "(NOT CAST(NULL AS BOOLEAN)) AS c2").filter((col("id") < lit(86400).cast("bigint")))
OUTPUT_MODE = "append"
