spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((t = '42') OR (ts < TIMESTAMP'2024-02-29 00:00:00'))").withColumn("c1", expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]")).withColumn("c2", expr("named_struct('x', i, 'y', array(''))")).withColumn("c3", F.zeroifnull(((col("n") / F.nullif(col("m"), lit(0))) + col("n")))).withColumn("c4", expr("array_join(sentences(t), '/')")).withColumn("c5", expr("format_string('%.2f / %s', d, 'a')")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
