spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(m > 1.25)").select("id", expr("((i >= id) AND isnan(d))"), expr("CAST(k AS DOUBLE)").alias("c2")).where("(dt IS NOT NULL)")
OUTPUT_MODE = "append"
