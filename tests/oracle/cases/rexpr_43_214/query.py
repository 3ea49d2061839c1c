from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "d", "TRY_CAST(m AS INT) AS c1", "TRY_CAST(s AS BOOLEAN) AS c2")
OUTPUT_MODE = "append"
