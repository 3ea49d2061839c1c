from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.make_timestamp(F.year(col("dt")), F.month(col("dt")), F.dayofmonth(col("dt")), lit(0), lit(59), lit(0)).alias("c1"), expr("endswith(s, 'a') AS c2"), ((col("i") * col("m")) - expr("100BD")).alias("c3"))
OUTPUT_MODE = "append"
