spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), j INT, i INT, ts TIMESTAMP, b BOOLEAN, f FLOAT, m DECIMAL(18,6), dt DATE, s STRING, t STRING, d DOUBLE").load(INPUT)
result = df.select("id", expr("nullif(f, 0.5D) AS c1"), expr("(1 * year(ts))").alias("c2"))
OUTPUT_MODE = "append"
