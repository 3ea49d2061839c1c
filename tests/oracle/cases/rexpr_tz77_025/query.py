spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, m DECIMAL(10,2), i INT, dt DATE, b BOOLEAN, s STRING, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s AS k1, min(-2L) AS a1, count((id % nullif(i, 0))) AS a2 FROM src GROUP BY s")
OUTPUT_MODE = "update"
