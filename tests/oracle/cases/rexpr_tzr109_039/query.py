spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, i INT, ts TIMESTAMP, n DECIMAL(20,0), f FLOAT").json(INPUT)
result = df.withColumn("c1", F.coalesce((col("id") - (col("f") < lit(0.5)).cast("bigint")), lit(3).cast("bigint"))).withColumn("c2", expr("least(nullif(dt, to_date('2023-12-31')), date_add(dt, i))")).withColumn("c3", expr("to_binary(concat(s, 'zz'), 'hex')")).withColumn("c4", expr("to_binary(CAST(csc(nullif(array_max(array(100.0D, f, CAST('NaN' AS DOUBLE))), 0)) AS STRING), 'utf-8')")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
