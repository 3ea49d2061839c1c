spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(f <=> id)")).withColumn("s", expr("string(abs((d / nullif(3.75D, 0))))")).withColumn("c3", expr("month(next_day(dt, 'Mon'))")).select("id", "c1", "c3")
OUTPUT_MODE = "append"
