from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", col("s").endswith("H").alias("c1"), expr("((i > 2) = false) AS c2"), F.next_day(col("dt"), "Mon"))
OUTPUT_MODE = "append"
