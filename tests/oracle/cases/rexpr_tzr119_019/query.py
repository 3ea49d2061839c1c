spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("dt").isNull() | col("b"))).groupBy(expr("locate('o', 'a', 2) AS k1")).agg(expr("round(avg(from_json(to_json(named_struct('v', d)), 'v DOUBLE').v), 2) AS a1"), expr("sum(bround((m / 10.5), 2)) AS a2"))
OUTPUT_MODE = "update"
