from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("isnan(d)")).withColumn("c2", expr("(d * f)")).withColumn("c3", expr("make_date(year(dt), 2, 30)")).withColumn("c4", expr("(CAST('NaN' AS DOUBLE) / 3.0D)")).select("id", "c1", "c2", "c3", "c4").filter((col("s") < lit("x-y")))
OUTPUT_MODE = "append"
