from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, i INT, m DECIMAL(38,10), ts TIMESTAMP, t STRING, dt DATE, s STRING, b BOOLEAN").json(INPUT)
result = df.filter((col("s") > lit(""))).select("id", ((col("id") == lit(-2).cast("bigint")) & (~col("b"))), expr("TRY_CAST(' ' AS TIMESTAMP)").alias("c2"), col("m").try_cast("bigint").alias("c3"), (col("ts") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).alias("c4")).where(((col("i") >= lit(5)) | (col("dt") < F.to_date(lit("2023-12-31")))))
OUTPUT_MODE = "append"
