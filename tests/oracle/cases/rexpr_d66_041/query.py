from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.nvl2(F.least(lit(.001).cast("decimal(4,3)"), col("m")), col("b"), lit(True)).alias("c1"), (F.try_to_timestamp(col("t")) - expr("INTERVAL 1 MONTH")).alias("c2"), F.to_date(col("i").cast("timestamp")).alias("c3"), expr("(pmod(id, nullif(j, 0)) - i) AS c4"), F.substring_index(F.regexp_replace(F.rtrim(F.base64(lit(" "))), " +", "_"), ",", 0).alias("c5"))
OUTPUT_MODE = "append"
