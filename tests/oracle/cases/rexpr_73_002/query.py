from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce((b AND b), false))").withColumn("c1", expr("((dt + INTERVAL 1 MONTH) - INTERVAL 2 YEARS)")).withColumn("c2", expr("((0L DIV 2) % nullif(i, 0))")).withColumn("c3", F.abs(F.log2(col("i"))))
OUTPUT_MODE = "append"
