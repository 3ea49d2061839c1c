from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("t") != lit("42"))).selectExpr("id", "instr(substring(string(dt), 1, 3), '') AS c1", "(i * 0) AS c2", "string((m + m)) AS c3", "CAST(i AS BOOLEAN) AS c4").filter("(k < 86400L)")
OUTPUT_MODE = "append"
