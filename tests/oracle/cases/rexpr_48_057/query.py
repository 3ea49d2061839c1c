from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(j = 5)").select("id", expr("if((i >= 5), id, id)").alias("c1"), F.greatest(F.round(col("m")), col("s").try_cast("decimal(20,0)"), col("n")), F.coalesce((lit(None).cast("timestamp") - expr("INTERVAL 36 HOURS")), col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c3"))
OUTPUT_MODE = "append"
