from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, dt DATE, j INT, s STRING, ts TIMESTAMP, k BIGINT, d DOUBLE, b BOOLEAN, m DECIMAL(18,6)").json(INPUT)
result = df.withColumn("c1", expr("ascii(date_format(dt, 'yyyyMMdd'))")).withColumn("c2", expr("char_length(rpad(lpad(lower(s), 3, ' '), 0, ' '))")).select("id", "c1", "c2").where((F.nvl(col("id").isNotNull(), lit(False)) | col("id").isNull()))
OUTPUT_MODE = "append"
