spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("to_timestamp(date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')")).withColumn("d", expr("('2.5' * CAST(m AS DOUBLE))")).withColumn("c3", F.pow(col("m"), -1.0)).withColumn("c4", expr("make_date(year(last_day(dt)), 12, 28)")).select("id", "c1", "c3", "c4")
OUTPUT_MODE = "append"
