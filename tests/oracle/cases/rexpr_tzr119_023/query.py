spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "b", F.add_months(col("dt"), col("i")), expr("vector_normalize(array(3.0F, CAST(i AS FLOAT)), 2.0F)").alias("c2"), expr("unix_micros(CAST(date_add(dt, i) AS TIMESTAMP)) AS c3"), expr("zeroifnull((CASE WHEN b THEN m WHEN b THEN m WHEN b THEN m ELSE m END + i)) AS c4"))
OUTPUT_MODE = "append"
