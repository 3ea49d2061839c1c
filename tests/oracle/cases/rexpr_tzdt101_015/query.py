spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "i", (expr("100BD") + lit(1.25).cast("decimal(3,2)")).alias("c1"), expr("CAST(extract(SECOND FROM (ts - dt)) AS STRING)"), expr("CAST(m AS DECIMAL(3,1))").alias("c3"))
OUTPUT_MODE = "append"
