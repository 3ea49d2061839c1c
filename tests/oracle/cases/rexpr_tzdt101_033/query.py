spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("i", expr("regexp_count(soundex(t), 'o')").alias("c1"), expr("nvl(s, '2024-02-29') AS c2")).where("((c2 IS NOT NULL) OR (c2 < '2024-02-29'))")
OUTPUT_MODE = "append"
