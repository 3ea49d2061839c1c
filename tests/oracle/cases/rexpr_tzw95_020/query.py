spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, ts TIMESTAMP, s STRING, dt DATE, m DECIMAL(7,0), f FLOAT, i INT, t STRING, d DOUBLE, n DECIMAL(20,0)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, max(to_date('2000-01-01')) AS a1, count_if(b) AS a2 FROM src GROUP BY dt")
OUTPUT_MODE = "complete"
