from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("crc32(CAST(id AS STRING)) AS c1", "endswith(t, 'é') AS c2", "make_date(year(dt), pmod(i, 12) + 1, 28)", "(0.5 IS NOT NULL)", "(id - (i + id))")
OUTPUT_MODE = "append"
