spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((~(~(col("dt") > F.to_date(lit("2000-01-01"))))) | col("id").isNotNull())).withColumn("c1", expr("date_format(dt, 'a h:mm')")).withColumn("c2", F.isnan(col("d"))).withColumn("c3", col("n").try_cast("int")).select("id", "c1", "c2", "c3").filter("(t IS NOT NULL)")
OUTPUT_MODE = "append"
