from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(9,5), d DOUBLE, m DECIMAL(7,0), dt DATE, b BOOLEAN, k BIGINT, s STRING, ts TIMESTAMP, i INT").load(INPUT)
result = df.where("(CASE WHEN (left(s, 1) NOT IN ('2024-02-29')) THEN b WHEN (dt IS NOT NULL) THEN b END OR (i < 5))").select("id", (F.instr(col("s"), "o") + col("id")).alias("c1"), expr("(i * 1)"), expr("substring(array_join(split(s, ' '), ''), 5, 0) AS c3"))
OUTPUT_MODE = "append"
