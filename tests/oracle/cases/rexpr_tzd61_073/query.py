spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.nullif(F.months_between(F.to_timestamp(F.date_format(col("ts"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), col("dt")), lit(0.5))).withColumn("c2", expr("substr(t, 2, 1)")).drop("i", "m", "s", "t", "b", "dt").where("((i <> CAST(CAST(NULL AS DECIMAL(10,2)) AS DOUBLE)) OR (i > 1))")
OUTPUT_MODE = "append"
