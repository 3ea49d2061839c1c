spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(1.25 < CAST(ts AS BIGINT)) AS c1", "ucase(trim(substring_index(s, 'o', 1))) AS c2", "(i + (i % 7)) AS c3", "(f + 0L) AS c4", "(pmod(m, nullif(n, 0)) / nullif(0.5, 0)) AS c5").where((col("m").isNotNull() | col("dt").isNotNull()))
OUTPUT_MODE = "append"
