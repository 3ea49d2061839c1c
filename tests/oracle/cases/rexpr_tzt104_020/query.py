spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy') AS k1, round(avg(m), 0) AS a1, max(md5(i)) AS a3, (max(100.0D) - min(100.0D)) AS a2 FROM src GROUP BY to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy')")
OUTPUT_MODE = "update"
