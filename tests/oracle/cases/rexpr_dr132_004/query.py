from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, d DOUBLE, m DECIMAL(10,2), s STRING, n DECIMAL(5,3), i INT, ts TIMESTAMP").load(INPUT)
result = df.select("id", "d", expr("trunc(try_to_date(s), 'YEAR') AS c1"), F.array(F.array_min(F.array(col("i"), expr("xpath_short('<a><b>7</b><b>' || (i + i) || '</b></a>', 'sum(a/b)')"), lit(None).cast('int'))), lit(None)).alias("c2")).filter((F.isnan(lit(100.0)) | col("s").isNull()))
OUTPUT_MODE = "append"
