spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, ts TIMESTAMP, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, dt DATE, d DOUBLE, b BOOLEAN, i INT").json(INPUT)
result = df.withColumn("c1", expr("greatest(d, d)")).withColumn("c2", expr("datediff(ts, 5)")).withColumn("c3", F.substring_index(F.coalesce(F.right(F.lower(col("t")), lit(0)), lit(" ")), " ", 0)).withColumn("c4", expr("substr(initcap(c3), 2, 1)")).drop("t", "ts", "n", "b").where("(n IS NOT NULL)")
OUTPUT_MODE = "append"
