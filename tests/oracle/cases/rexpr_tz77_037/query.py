spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("dt").alias("k1"), "j").agg(expr("count(b) AS a1"), expr("count_if(((m * n) IN (99.99, 0.001, 100BD))) AS a2"), expr("round(avg(month(dt)), 3) AS a3"), expr("count_if(isnan((f * id))) AS a4")).orderBy("k1", "j")
OUTPUT_MODE = "complete"
ORDERED = True
