spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, s STRING, d DOUBLE, i INT, n DECIMAL(20,0), m DECIMAL(10,2), dt DATE, f FLOAT").json(INPUT)
result = df.select(expr("make_date(year(to_date('2000-01-01')), 2, 28) AS c1"), expr("repeat(s, 0)").alias("c2"), expr("date_trunc('HOUR', ts)").alias("c3")).where("((0.001 <> -1) OR (c3 <= TIMESTAMP'2024-02-29 00:00:00'))")
OUTPUT_MODE = "append"
