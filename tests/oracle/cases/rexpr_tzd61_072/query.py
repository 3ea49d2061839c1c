spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, i INT, t STRING, dt DATE, d DOUBLE, s STRING, ts TIMESTAMP, m DECIMAL(10,2), b BOOLEAN").json(INPUT)
result = df.where("(m >= 99.99)").groupBy(expr("i AS k1")).agg(expr("round(avg(d), 2) AS a1"), F.round(F.avg(F.greatest(lit(5), (lit(5) * col("i")))), 0).alias("a2"), expr("round(avg(m), 2) AS a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
