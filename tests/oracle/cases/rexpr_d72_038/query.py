from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (col("s") == lit("42"))).withColumn("c2", expr("to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd')")).select("id", "c1", "c2").where(col("id").isNotNull())
OUTPUT_MODE = "append"
