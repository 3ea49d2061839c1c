from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("format_string('%s', try_multiply(d, d))")).withColumn("c2", expr("TRY_CAST(d AS BIGINT)")).withColumn("c3", expr("c1")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
