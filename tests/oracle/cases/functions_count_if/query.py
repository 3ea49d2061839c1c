df = spark.readStream.format("json").schema("s STRING, t STRING, n INT, p INT, d DATE, x DOUBLE").load(INPUT)

from pyspark.sql import functions as F
result = df.groupBy((F.col("n") > 0).alias("pos")).agg(F.count_if(F.col("x") > 0), F.expr("count_if(p < 0)").alias("negp"), F.count("*"))
OUTPUT_MODE = "complete"
