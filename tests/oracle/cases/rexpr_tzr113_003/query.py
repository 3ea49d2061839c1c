spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, d DOUBLE, dt DATE, s STRING, m DECIMAL(10,2), n DECIMAL(5,3), i INT, j INT, b BOOLEAN").load(INPUT)
result = df.select("id", F.abs(col("m")).alias("c1"), expr("explode(map('a', CASE WHEN (id IS NOT NULL) THEN 3 WHEN (s IS NOT NULL) THEN i END, 'b', (i % 7)))"), expr("from_json('{\"a\": ' || i || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')").alias("c3"), col("s").ilike("a%").alias("c4"), expr("try_to_timestamp(s) AS c5"))
OUTPUT_MODE = "append"
