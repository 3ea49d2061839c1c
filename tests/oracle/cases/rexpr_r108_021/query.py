from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(m IS NOT NULL)").select("id", F.asin((col("i") + col("d")) / lit(1000)).alias("c1"), (col("s") <= lit("x-y")), expr("sequence(xpath_int('<a><b>' || position(date_format(ts, 'yyyy-MM-dd'), s, 2) || '</b></a>', 'a/b') % 5, 4)").alias("c3"), expr("zeroifnull(pi() * (i + i))").alias("c4"))
OUTPUT_MODE = "append"
