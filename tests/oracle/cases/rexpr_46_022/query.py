from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, s STRING, d DOUBLE, m DECIMAL(10,2), i INT, n DECIMAL(4,1), ts TIMESTAMP, dt DATE").json(INPUT)
result = df.select("id", expr("(NOT i)").alias("c1"), expr("CAST((dt < to_date('2024-02-29')) AS DECIMAL(10,4)) AS c2"), ((col("s") <= lit("日本")) & (col("d") <= lit(0.1))), F.trunc(F.to_date(lit("2024-02-29")), "WEEK").alias("c4")).where(((col("c2") > expr("0.5")) | (col("c4") < F.to_date(lit("2023-12-31")))))
OUTPUT_MODE = "append"
