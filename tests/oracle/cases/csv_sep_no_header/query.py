# CSV source without a header, ';' separator; an aggregation over it.
from pyspark.sql.functions import col, sum as sum_, count
df = (spark.readStream.format("csv").option("sep", ";")
      .schema("category STRING, value DOUBLE")
      .load(INPUT))
result = df.groupBy("category").agg(count("*").alias("n"), sum_("value").alias("total"))
OUTPUT_MODE = "complete"
