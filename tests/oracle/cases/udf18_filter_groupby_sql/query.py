from pyspark.sql.functions import col, udf, expr, count, sum as sum_
from pyspark.sql.types import StringType, BooleanType

df = spark.readStream.format("json").schema("id INT, category STRING, value DOUBLE").load(INPUT)

@udf(returnType=StringType())
def bucket(v):
    if v is None:
        return "none"
    return "large" if v >= 50 else "small"

is_even = udf(lambda i: i % 2 == 0, BooleanType())
spark.udf.register("shout", lambda s: None if s is None else s.upper() + "!", StringType())

result = (df.filter(is_even(col("id")))
    .withColumn("b", bucket("value"))
    .withColumn("c", expr("shout(category)"))
    .groupBy("b", "c").agg(count("*").alias("n"), sum_("value").alias("total")))
OUTPUT_MODE = "complete"
