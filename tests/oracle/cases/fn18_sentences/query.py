from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, s STRING, l STRING, c STRING").load(INPUT)
result = df.select("id", F.sentences("s"), F.sentences("s", F.lit("en"), F.lit("US")).alias("en"),
    F.sentences("s", "l", "c").alias("lc"), F.expr("sentences(s, 'fr')").alias("fr"))
OUTPUT_MODE = "append"
