spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where(F.coalesce(F.isnull(F.substring(col("t"), -3, 3)), lit(True))).createOrReplaceTempView("src")
result = spark.sql("SELECT b, s, count_if((m IS NOT NULL)) AS a1, (max(vector_l2_distance(array(CAST(size(split(t, '  *')) AS FLOAT), 0.0F), array(3.0F, 4.0F))) - min(vector_l2_distance(array(CAST(size(split(t, '  *')) AS FLOAT), 0.0F), array(3.0F, 4.0F)))) AS a2, max(sequence(1, i, 0)) AS a5, round(stddev_samp(i), 6) AS a3, round(stddev(rint((n - n))), 6) AS a4 FROM src GROUP BY b, s")
OUTPUT_MODE = "update"
