spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((s != repeat(s, -1)) OR (ts >= TIMESTAMP'2024-02-29 00:00:00'))").selectExpr("id", "b", "(f / nullif(0.1D, 0)) AS c1", "(j != least(id, crc32(s), (id % 3))) AS c2", "quarter(dt) AS c3", "TRY_CAST(CAST(k AS DOUBLE) AS DECIMAL(20,0))")
OUTPUT_MODE = "append"
