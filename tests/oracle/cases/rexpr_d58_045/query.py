from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, s STRING, i INT, j INT, ts TIMESTAMP, d DOUBLE, f FLOAT, m DECIMAL(18,6), b BOOLEAN, t STRING").json(INPUT)
result = df.withColumn("c1", F.concat_ws("", F.octet_length(col("s")).cast("string"), F.rpad(col("s"), 3, "é"))).withColumn("c2", F.when((col("t") < lit("日本")), F.date_sub(col("dt"), col("i")))).select("id", "c1", "c2").filter((col("id") > lit(-2).cast("bigint")))
OUTPUT_MODE = "append"
