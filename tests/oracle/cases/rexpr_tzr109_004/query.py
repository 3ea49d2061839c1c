spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i").agg(expr("max(dateadd(dt, i)) AS a1"), expr("max(t) AS a2"), expr("round(regr_avgx(i, i), 6)").alias("a3"), expr("round(variance(pmod(i, -4)), 6)").alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
