from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("s", expr("initcap(array_join(split(date_format(ts, 'yyyy-MM-dd HH:mm:ss.SSS'), ' '), '/'))")).withColumn("c2", F.format_string("%s", col("d"))).withColumn("c3", expr("TRY_CAST(86400L AS DECIMAL(12,2))")).select("id", "c2", "c3")
OUTPUT_MODE = "append"
