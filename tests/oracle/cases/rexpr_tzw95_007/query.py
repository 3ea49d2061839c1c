spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, b BOOLEAN, t STRING, dt DATE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE date_format(DATE'2000-01-01', 'dd.MM.yy') WHEN 'é' THEN nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') ELSE CAST(-1 AS TIMESTAMP) END")).withColumn("c2", expr("b")).withColumn("c3", expr("(-3.10 / nullif(n, 0))")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
