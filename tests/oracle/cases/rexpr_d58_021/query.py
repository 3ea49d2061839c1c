from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("s", expr("lpad(s, 0, 'é')")).withColumn("c2", col("s").endswith("H")).withColumn("c3", expr("substring(sha1(date_format(add_months(dt, i), 'Q')), 5, 1)")).withColumn("c4", expr("(dt <=> to_date('2025-03-01'))"))
OUTPUT_MODE = "append"
