spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP, m DECIMAL(10,2), i INT").json(INPUT)
df.where((F.ifnull(col("s").endswith(" "), lit(True)) | col("m").isNotNull())).createOrReplaceTempView("src")
result = spark.sql("SELECT dt, sum((m / nullif(m, 0))) AS a1, round(avg(month(nullif(TIMESTAMP'2024-03-01 12:30:00.123456', TIMESTAMP'1999-12-31 23:59:59.999'))), 0) AS a2, max(months_between(ts, dt, false)) AS a3, min((m - m)) AS a4 FROM src GROUP BY dt")
OUTPUT_MODE = "complete"
