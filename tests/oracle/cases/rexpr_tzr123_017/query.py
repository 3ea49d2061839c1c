spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce(isnull(id), true)").withColumn("c1", F.hash(col("dt"), col("j"))).withColumn("c2", expr("date_sub(dt, i)")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
