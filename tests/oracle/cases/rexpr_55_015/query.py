from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("s", F.when((col("d") <= lit(100.0)), col("dt")).when(col("b"), F.to_date(lit("2000-01-01"))).otherwise(col("dt")), (lit(3).cast("bigint") - col("id")).alias("c2"), expr("greatest(ts, ts) AS c3")).filter((((col("t") > lit("é")) & (col("d") == lit(0.5))) | (col("m") >= lit(.5).cast("decimal(2,1)"))))
OUTPUT_MODE = "append"
