from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("b") | (~col("b")))).withColumn("c1", expr("try_to_date(s)")).withColumn("c2", expr("CAST(make_date(2024, 2, 28) AS TIMESTAMP)")).withColumn("c3", expr("CASE WHEN (NOT b) THEN date_add(dt, i) END"))
OUTPUT_MODE = "append"
